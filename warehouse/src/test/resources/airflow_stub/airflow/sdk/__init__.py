"""airflow.sdk (Airflow 3): DAG, Asset and the timetables a DAG file imports."""
from airflow._standin import config

config.only_on(3, "airflow.sdk")

from airflow._standin.models import DAG, Asset  # noqa: E402,F401
from airflow.timetables.interval import CronDataIntervalTimetable  # noqa: E402,F401
from airflow.timetables.trigger import CronTriggerTimetable  # noqa: E402,F401
