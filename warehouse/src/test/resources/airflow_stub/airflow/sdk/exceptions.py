"""airflow.sdk.exceptions (Airflow 3): the Task SDK's exceptions, the same classes airflow.exceptions re-exports."""
from airflow._standin import config

config.only_on(3, "airflow.sdk.exceptions")

from airflow.exceptions import AirflowException, AirflowFailException, AirflowSkipException  # noqa: E402,F401
