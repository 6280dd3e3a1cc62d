"""Which Airflow is modelled, and the configuration values the DAG's behaviour depends on."""
import os


def major():
    return int(os.environ.get("STANDIN_AIRFLOW_VERSION", "2"))


def only_on(version, module):
    """Modules that exist in one major version only raise ImportError in the other, as a real install would."""
    if major() != version:
        raise ImportError(f"No module named '{module}' (Airflow {major()})")


def create_cron_data_intervals():
    """[scheduler] create_cron_data_intervals: True on Airflow 2.9+, False on Airflow 3 (config.yml of each)."""
    value = os.environ.get("STANDIN_CREATE_CRON_DATA_INTERVALS")
    if value is not None:
        return value.lower() == "true"
    return major() == 2


def catchup_by_default():
    """[scheduler] catchup_by_default: True on Airflow 2, False on Airflow 3."""
    return major() == 2
