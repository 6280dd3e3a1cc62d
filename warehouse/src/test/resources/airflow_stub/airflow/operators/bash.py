"""airflow.operators.bash (Airflow 2; on Airflow 3 BashOperator lives in the standard provider)."""
from airflow._standin import config

config.only_on(2, "airflow.operators.bash")

from airflow._standin.bash import BashOperator  # noqa: E402,F401
