"""Monthly run of the opsdw service-operations warehouse, as Airflow tasks (Airflow 2.9+ and 3.x).

Four tasks, each one call of the same `dw` command line an operator uses by hand:
ingest (every source) >> transform >> publish >> report; then report_half_year and report_annual, after the month's
report, render the half-year and annual reports (DOMAIN.md 10.3: produced in June and at year end) that the run's month
completes: `dw report --closing half-year` renders 2026-H1 for June's run (in July) and 2026-H2 for December's (in
January), `dw report --closing year` the year for December's. For every other month dw exits 99 and the task is
skipped; the month itself is not held up by them.

Schedule. An explicit `CronDataIntervalTimetable("0 0 1 * *", timezone="Asia/Shanghai")`, not "@monthly": Airflow 3
turns a cron string into a `CronTriggerTimetable` (`[scheduler] create_cron_data_intervals` is False there), whose
runs have a zero-width data interval at the trigger time, while Airflow 2 gives the month as a data interval. With
the explicit timetable both versions hand every scheduled, catch-up and backfill run the month it reports on,
[1st 00:00, next 1st 00:00) in the business's time zone, rendered in UTC. Every task passes Airflow's data interval;
`dw` turns it into the period in dw.time-zone (docs/runbook.md, "How Airflow's times become a period"). A run
triggered on Airflow 3 without a logical date has no data interval: the tasks then pass the trigger time as a
zero-width interval, which `dw` reads as the last complete month, what a data-interval timetable infers for a
manual run. The `period` param (YYYY-MM) overrides all of this for a manual re-run of one month.

One ingest task, not one per source. Every `dw` task that writes takes the home's exclusive lock, so parallel
per-source tasks refused each other (exit 75) and waited for retries; the ingest already lands the sources of a wave
concurrently inside one Spark session, masters first, and pays one JVM and Spark start instead of ten. The DAG has
no hand-kept source list to drift from the contracts. `--wait-lock` lets a task queue behind an operator's own
`dw run` on the same home instead of failing; `max_active_runs=1` keeps this DAG's runs in order.

Exit codes and retries (BashOperator treats every non-zero code but `skip_on_exit_code` as a retryable failure):
0 ok; 99 nothing to do (skipped, later tasks run on `none_failed`); 75 lock held and 74 I/O failure are retried;
2 usage error, 65 month incomplete (reports held back) and 1 failure are not, since a retry cannot fix them:
`DwTask` turns them into AirflowFailException. The last line of each task is `dw`'s JSON summary (XCom).

Assets. `publish` declares the published DuckDB file as an outlet (an Asset on Airflow 3, a Dataset on Airflow 2),
so analysts' DAGs can `schedule=[...]` on it; its URI is `file://<home>/warehouse/opsdw.duckdb` for the home below.

Configure with the environment of the DAG processor and workers (`OPSDW_DW`: the launcher script, `OPSDW_HOME`:
the warehouse home, `OPSDW_INPUT`: where each month's exports arrive in YYYY-MM folders) or the DAG params.
"""
import os
from datetime import timedelta

import pendulum

try:  # Airflow 3
    from airflow.sdk import DAG, Asset
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.datasets import Dataset as Asset

try:  # Airflow 3.1+
    from airflow.sdk import CronDataIntervalTimetable
except ImportError:  # Airflow 2 and 3.0
    from airflow.timetables.interval import CronDataIntervalTimetable

try:  # Airflow 3
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow.operators.bash import BashOperator

try:  # Airflow 3: the task runner catches the Task SDK's exception
    from airflow.sdk.exceptions import AirflowFailException
except ImportError:  # Airflow 2
    from airflow.exceptions import AirflowFailException

BUSINESS_TIME_ZONE = "Asia/Shanghai"
DW = os.environ.get("OPSDW_DW", "/opt/opsdw/dw")
HOME = os.environ.get("OPSDW_HOME", "/srv/opsdw")
INPUT = os.environ.get("OPSDW_INPUT", HOME + "/inbox")

NOTHING_TO_DO = 99
# Exit codes a later attempt can succeed with unchanged: another run holds the lock (75), an I/O failure (74).
RETRYABLE = {74, 75}

WAREHOUSE = Asset(f"file://{HOME}/warehouse/opsdw.duckdb")

# The month this run reports on, as dw reads it: params.period if given, else the data interval, else (an Airflow 3
# run without a logical date) the trigger time as a zero-width interval.
PERIOD = (
    "{% if params.period %}--period '{{ params.period }}'{% else %}"
    "--data-interval-start '{{ data_interval_start | default(dag_run.run_after, true) }}' "
    "--data-interval-end '{{ data_interval_end | default(dag_run.run_after, true) }}'{% endif %}"
)
HOME_OPTIONS = "--home '{{ params.home }}' --wait-lock '{{ params.wait_lock }}'"


def dw(task, *options):
    """The shell command of one dw task for this DAG run."""
    return " ".join(["'{{ params.dw }}'", task, HOME_OPTIONS, PERIOD, *options])


class DwTask(BashOperator):
    """A dw task: fails without retrying when dw says a retry cannot help (usage error, bad data, incomplete month)."""

    def execute(self, context):
        try:
            return super().execute(context)
        except Exception as failure:  # BashOperator's AirflowException (or AirflowSkipException for 99)
            process = self.subprocess_hook.sub_process
            code = process.returncode if process is not None else None
            if code is None or code == 0 or code in self.skip_on_exit_code or code in RETRYABLE:
                raise
            raise AirflowFailException(f"dw exited {code}; a retry cannot fix this, see the task log") from failure


with DAG(
    dag_id="opsdw_monthly",
    description="Ingest, transform, publish and report the service-operations warehouse for one month",
    doc_md=__doc__,
    schedule=CronDataIntervalTimetable("0 0 1 * *", timezone=BUSINESS_TIME_ZONE),
    start_date=pendulum.datetime(2026, 1, 1, tz=BUSINESS_TIME_ZONE),
    catchup=True,  # explicit: the default differs (True on Airflow 2, False on 3)
    max_active_runs=1,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
        "skip_on_exit_code": NOTHING_TO_DO,
        "do_xcom_push": True,
    },
    params={"dw": DW, "home": HOME, "input": INPUT, "period": "", "wait_lock": "30m", "allow_partial": False},
    tags=["opsdw", "reporting"],
) as dag:
    ingest = DwTask(task_id="ingest", bash_command=dw("ingest", "--input '{{ params.input }}'"))
    transform = DwTask(task_id="transform", bash_command=dw("transform"), trigger_rule="none_failed")
    publish = DwTask(task_id="publish", bash_command=dw("publish"), outlets=[WAREHOUSE])
    report = DwTask(task_id="report",
                    bash_command=dw("report", "--all-sites", "{{ '--allow-partial' if params.allow_partial else '' }}"))

    # the month the run reports on decides (dw --closing): June -> H1, December -> H2 and the year, others skip (99)
    closing = "--all-sites --closing {} {{{{ '--allow-partial' if params.allow_partial else '' }}}}"
    report_half_year = DwTask(task_id="report_half_year", bash_command=dw("report", closing.format("half-year")))
    report_annual = DwTask(task_id="report_annual", bash_command=dw("report", closing.format("year")))

    ingest >> transform >> publish >> report >> [report_half_year, report_annual]
