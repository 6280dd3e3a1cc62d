"""Monthly run of the opsdw service-operations warehouse, as Airflow tasks.

Each task calls the same `dw` command line an operator uses by hand, with Airflow's data interval as the
period (a monthly interval: the month being reported). `dw` exits 99 when there is nothing to do for the
period (e.g. no export of a source arrived): those tasks are marked skipped, not failed. The last line a
`dw` task prints is a JSON summary, which BashOperator pushes to XCom.

Configure with DAG params (or override them when triggering): `dw` (path of the launcher script), `home`
(the warehouse home), `input` (where each month's exports arrive, in YYYY-MM folders).
"""
from datetime import timedelta

import pendulum
from airflow import DAG

try:  # Airflow 3
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow.operators.bash import BashOperator

# Master data first: ingesting an operational source checks its site and department codes against them.
MASTER_SOURCES = ["sites", "departments", "employees", "customers", "items"]
OPERATIONAL_SOURCES = ["complaints", "callbacks", "visitor_counts", "inventory_movements", "orders"]

PERIOD = "--data-interval-start '{{ data_interval_start }}' --data-interval-end '{{ data_interval_end }}'"
HOME = "--home '{{ params.home }}'"


def dw(task: str, *options: str) -> str:
    """The shell command for one dw task of this DAG run."""
    return " ".join(["'{{ params.dw }}'", task, HOME, PERIOD, *options])


with DAG(
    dag_id="opsdw_monthly",
    description="Ingest, transform, publish and report the service-operations warehouse for one month",
    schedule="@monthly",
    start_date=pendulum.datetime(2026, 1, 1, tz="Asia/Shanghai"),
    catchup=True,
    max_active_runs=1,  # one writer at a time; dw's own lock would refuse a second one anyway
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
        "skip_on_exit_code": 99,
        "do_xcom_push": True,
    },
    params={"dw": "/opt/opsdw/dw", "home": "/srv/opsdw", "input": "/srv/opsdw/inbox"},
    tags=["opsdw", "reporting"],
) as dag:
    master = [
        BashOperator(task_id=f"ingest_{source}", bash_command=dw("ingest", "--source", source, "--input '{{ params.input }}'"))
        for source in MASTER_SOURCES
    ]
    operational = [
        BashOperator(task_id=f"ingest_{source}", bash_command=dw("ingest", "--source", source, "--input '{{ params.input }}'"),
                     trigger_rule="none_failed")
        for source in OPERATIONAL_SOURCES
    ]
    transform = BashOperator(task_id="transform", bash_command=dw("transform"), trigger_rule="none_failed")
    publish = BashOperator(task_id="publish", bash_command=dw("publish"))
    report = BashOperator(task_id="report", bash_command=dw("report", "--all-sites"))

    for m in master:
        m >> operational
    operational >> transform >> publish >> report
