"""airflow.providers.standard.operators.bash (Airflow 3)."""
from airflow._standin import config

config.only_on(3, "airflow.providers.standard.operators.bash")

from airflow._standin.bash import BashOperator  # noqa: E402,F401
