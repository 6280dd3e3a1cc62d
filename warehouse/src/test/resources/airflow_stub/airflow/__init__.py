"""Stand-in for the `airflow` package (see README.md): Airflow 2 or 3 by STANDIN_AIRFLOW_VERSION."""
from airflow._standin import config
from airflow._standin.models import DAG  # noqa: F401  `from airflow import DAG` (Airflow 2; a shim on 3)

__version__ = "2.10.5" if config.major() == 2 else "3.1.0"
