"""airflow.datasets (Airflow 2.4+): Dataset, renamed Asset in Airflow 3."""
from airflow._standin import config

config.only_on(2, "airflow.datasets")

from airflow._standin.models import Asset  # noqa: E402


class Dataset(Asset):
    """Airflow 2's name for an asset."""
