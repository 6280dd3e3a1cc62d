"""DAG, BaseOperator and Asset: the constructor arguments the DAG file uses, with each version's defaults.

Modelled on task-sdk/src/airflow/sdk/definitions/dag.py @ 4483861dc5f21d98b1244d5848a6764dff8cfe6a (Airflow 3:
`_create_timetable`, catchup default from [scheduler] catchup_by_default, template_undefined=jinja2.StrictUndefined)
and Airflow 2.9+'s airflow/models/dag.py `create_timetable` (the same choice on create_cron_data_intervals, whose
default there is True). A DAG's time zone is its start_date's.
"""
import contextvars
import datetime
import os

import jinja2
import pendulum

from airflow._standin import config

_current_dag = contextvars.ContextVar("dag", default=None)
DAGS = []


class Asset:
    """An Asset (Airflow 3) or Dataset (Airflow 2): identified by its URI."""

    def __init__(self, uri, name=None, **kwargs):
        self.uri = uri
        self.name = name or uri


def _create_timetable(schedule, timezone):
    from airflow.timetables.interval import CronDataIntervalTimetable
    from airflow.timetables.trigger import CronTriggerTimetable

    if isinstance(schedule, str):
        if config.create_cron_data_intervals():
            return CronDataIntervalTimetable(schedule, timezone)
        return CronTriggerTimetable(schedule, timezone=timezone)
    return schedule


class DAG:
    def __init__(self, dag_id, *, schedule=None, start_date=None, end_date=None, catchup=None, max_active_runs=16,
                 max_active_tasks=16, default_args=None, params=None, description=None, doc_md=None, tags=None,
                 template_undefined=jinja2.StrictUndefined, **kwargs):
        self.dag_id = dag_id
        # a test can ask "what if the DAG said schedule=...": the same file under another schedule
        schedule = os.environ.get("STANDIN_SCHEDULE_OVERRIDE", schedule)
        self.schedule = schedule
        self.start_date = pendulum.instance(start_date) if start_date is not None else None
        self.end_date = end_date
        self.timezone = self.start_date.timezone if self.start_date is not None else pendulum.timezone("UTC")
        self.timetable = _create_timetable(schedule, self.timezone)
        self.catchup = config.catchup_by_default() if catchup is None else catchup
        self.max_active_runs = max_active_runs
        self.max_active_tasks = max_active_tasks
        self.default_args = dict(default_args or {})
        self.params = dict(params or {})
        self.template_undefined = template_undefined
        self.doc_md = doc_md
        self.tasks = []
        DAGS.append(self)

    def __enter__(self):
        self._token = _current_dag.set(self)
        return self

    def __exit__(self, *exc):
        _current_dag.reset(self._token)
        return False

    def template_env(self):
        return jinja2.Environment(undefined=self.template_undefined, autoescape=False)


class BaseOperator:
    template_fields = ()
    # BaseOperator's own arguments that default_args may set (Airflow applies only those a constructor accepts)
    _base_args = ("retries", "retry_delay", "pool", "pool_slots", "trigger_rule", "do_xcom_push", "outlets", "inlets")

    def __init__(self, *, task_id, retries=0, retry_delay=datetime.timedelta(seconds=300), pool="default_pool",
                 pool_slots=1, trigger_rule="all_success", do_xcom_push=True, outlets=None, inlets=None, **kwargs):
        dag = _current_dag.get()
        if dag is None:
            raise RuntimeError(f"task {task_id} created outside a DAG")
        self.dag = dag
        self.task_id = task_id
        self.retries = retries
        self.retry_delay = retry_delay
        self.pool = pool
        self.pool_slots = pool_slots
        self.trigger_rule = trigger_rule
        self.do_xcom_push = do_xcom_push
        self.outlets = list(outlets or [])
        self.inlets = list(inlets or [])
        self.upstream_task_ids = set()
        self.downstream_task_ids = set()
        dag.tasks.append(self)

    @staticmethod
    def with_defaults(kwargs, accepted):
        """Airflow's apply_defaults: DAG default_args fill in the constructor arguments not given explicitly."""
        dag = _current_dag.get()
        merged = {k: v for k, v in (dag.default_args if dag else {}).items() if k in accepted}
        merged.update(kwargs)
        return merged

    def render_template_fields(self, context, env):
        for field in self.template_fields:
            value = getattr(self, field, None)
            if isinstance(value, str):
                setattr(self, field, env.from_string(value).render(**context))

    def _link(self, other):
        for o in other if isinstance(other, list) else [other]:
            self.downstream_task_ids.add(o.task_id)
            o.upstream_task_ids.add(self.task_id)

    def __rshift__(self, other):
        self._link(other)
        return other

    def __rrshift__(self, other):
        for o in other if isinstance(other, list) else [other]:
            o._link(self)
        return self
