"""Loads a DAG file against the Airflow stand-in and plans or executes its runs the way Airflow would; prints JSON.

    run_dag.py plan    DAG_FILE [--runs N] [--manual RUN_AFTER[,LOGICAL_DATE]]... [--conf JSON]
    run_dag.py execute DAG_FILE [--runs N] [--manual ...]... [--conf JSON]

STANDIN_AIRFLOW_VERSION=2|3 picks the Airflow modelled (see README.md). `plan` renders every task's command for
the first N scheduled runs (the scheduler's next_dagrun_info loop from the DAG's start_date) and for each manual
trigger; `execute` also runs them, one DAG run after another (max_active_runs=1), all tasks whose upstream tasks
are done at once, each in its own process, with Airflow's retry and trigger-rule semantics.

Manual triggers follow each version's trigger_dag: Airflow 2 always has a logical date (the trigger time unless
given) and infers the data interval from it; Airflow 3 may trigger without a logical date, and then the run has no
data interval (apache/airflow airflow-core/src/airflow/api/common/trigger_dag.py @ 0e014391a746908bf660791f4a3c9665eef04228),
while with one the interval is inferred from the trigger time (run_after). The template context is each version's:
Airflow 3 sets logical_date, ds and data_interval_* only when the run has a logical date, and dag_run.run_after always
(task-sdk/src/airflow/sdk/execution_time/task_runner.py get_template_context @ 00160df174c1f28c4ac6940d0881a30296376089);
Airflow 2's DagRun has no run_after.
"""
import argparse
import copy
import datetime
import importlib.util
import json
import shlex
import sys
import threading

import pendulum

from airflow._standin import config, models
from airflow._standin.base import TimeRestriction
from airflow.exceptions import AirflowException, AirflowFailException, AirflowSkipException


class DagRun:
    """What a template sees as dag_run; Airflow 2's model has no run_after attribute at all."""

    def __init__(self, run_id, run_type, logical_date, data_interval, run_after, conf):
        self.run_id = run_id
        self.run_type = run_type
        self.logical_date = logical_date
        self.data_interval_start = data_interval.start if data_interval else None
        self.data_interval_end = data_interval.end if data_interval else None
        self.conf = conf or {}
        if config.major() >= 3:
            # the Task SDK's DagRun is a pydantic model: a plain datetime, rendered "2026-11-15 03:12:45.123456+00:00"
            self.run_after = datetime.datetime.fromtimestamp(run_after.timestamp(), tz=datetime.timezone.utc)
        else:
            self.execution_date = logical_date

    def describe(self):
        return {"run_id": self.run_id, "run_type": self.run_type, "logical_date": iso(self.logical_date),
                "data_interval_start": iso(self.data_interval_start), "data_interval_end": iso(self.data_interval_end),
                "run_after": iso(getattr(self, "run_after", None))}


def iso(value):
    return None if value is None else str(value)


def load(dag_file):
    spec = importlib.util.spec_from_file_location("dag_under_test", dag_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if len(models.DAGS) != 1:
        raise SystemExit(f"expected one DAG in {dag_file}, found {len(models.DAGS)}")
    return models.DAGS[0]


def scheduled_runs(dag, count):
    """The scheduler's loop: next_dagrun_info from the last automated run's data interval, within start_date."""
    restriction = TimeRestriction(earliest=dag.start_date.in_timezone("UTC"), latest=dag.end_date, catchup=dag.catchup)
    runs, last = [], None
    for _ in range(count):
        info = dag.timetable.next_dagrun_info(last_automated_data_interval=last, restriction=restriction)
        if info is None:
            break
        runs.append(DagRun(f"scheduled__{info.logical_date}", "scheduled", info.logical_date, info.data_interval,
                           info.run_after, None))
        last = info.data_interval
    return runs


def manual_run(dag, spec, conf):
    run_after_text, _, logical_text = spec.partition(",")
    run_after = pendulum.parse(run_after_text).in_timezone("UTC")
    if config.major() >= 3:
        logical_date = pendulum.parse(logical_text).in_timezone("UTC") if logical_text else None
        interval = dag.timetable.infer_manual_data_interval(run_after=run_after) if logical_date else None
    else:
        logical_date = pendulum.parse(logical_text).in_timezone("UTC") if logical_text else run_after
        interval = dag.timetable.infer_manual_data_interval(run_after=logical_date)
    return DagRun(f"manual__{run_after}", "manual", logical_date, interval, run_after, conf)


def context(dag, dag_run, task):
    params = {**dag.params, **dag_run.conf}
    ctx = {"dag": dag, "dag_run": dag_run, "task": task, "run_id": dag_run.run_id, "params": params}
    if config.major() < 3 or dag_run.logical_date is not None:
        ctx.update({"logical_date": dag_run.logical_date, "ds": dag_run.logical_date.strftime("%Y-%m-%d"),
                    "ts": dag_run.logical_date.isoformat(), "data_interval_start": dag_run.data_interval_start,
                    "data_interval_end": dag_run.data_interval_end})
    if config.major() < 3:
        ctx["execution_date"] = dag_run.logical_date
    return ctx


def rendered(dag, dag_run, task):
    """A fresh copy of the task per try, its template fields rendered (Airflow renders before every try)."""
    copy_ = copy.copy(task)
    copy_.__dict__.pop("subprocess_hook", None)
    copy_.render_template_fields(context(dag, dag_run, copy_), dag.template_env())
    return copy_


def describe_task(dag, dag_run, task):
    t = rendered(dag, dag_run, task)
    return {"task_id": t.task_id, "argv": shlex.split(t.bash_command), "retries": t.retries,
            "retry_delay_s": t.retry_delay.total_seconds(), "skip_on_exit_code": list(t.skip_on_exit_code),
            "trigger_rule": t.trigger_rule, "pool": t.pool, "upstream": sorted(t.upstream_task_ids),
            "outlets": [{"uri": o.uri, "type": type(o).__name__} for o in t.outlets], "operator": type(t).__name__}


def run_task(dag, dag_run, task):
    """One task instance: tries until success, skip, AirflowFailException or no retries left (task runner semantics)."""
    tries = []
    while True:
        t = rendered(dag, dag_run, task)
        outcome, xcom = None, None
        try:
            result = t.execute(context(dag, dag_run, t))
            outcome, xcom = "success", result if t.do_xcom_push else None
        except AirflowSkipException:
            outcome = "skipped"
        except AirflowFailException as e:
            outcome = "failed"
            xcom = str(e)
        except AirflowException as e:
            outcome = "up_for_retry" if len(tries) < t.retries else "failed"
            xcom = str(e)
        hook = t.__dict__.get("subprocess_hook")
        exit_code = hook.sub_process.returncode if hook is not None and hook.sub_process is not None else None
        tries.append({"exit_code": exit_code, "outcome": outcome, "log_tail": hook.log_lines[-6:] if hook else []})
        if outcome != "up_for_retry":
            return {"state": outcome, "tries": tries, "xcom": xcom, "argv": shlex.split(t.bash_command)}


def trigger_rule_state(task, states):
    upstream = [states[u] for u in task.upstream_task_ids]
    failed = any(s in ("failed", "upstream_failed") for s in upstream)
    if task.trigger_rule == "all_success":
        if failed:
            return "upstream_failed"
        if any(s == "skipped" for s in upstream):
            return "skipped"
        return None
    if task.trigger_rule == "none_failed":
        return "upstream_failed" if failed else None
    if task.trigger_rule == "all_done":
        return None
    raise SystemExit(f"trigger rule {task.trigger_rule} is not modelled")


def execute(dag, dag_run):
    """All tasks whose upstream tasks are done start at once (LocalExecutor's default parallelism far exceeds 4)."""
    states, results, pending = {}, {}, list(dag.tasks)
    while pending:
        ready = [t for t in pending if all(u in states for u in t.upstream_task_ids)]
        if not ready:
            raise SystemExit("cycle in the DAG")
        to_run = []
        for t in ready:
            decided = trigger_rule_state(t, states)
            if decided:
                states[t.task_id] = decided
                results[t.task_id] = {"state": decided, "tries": []}
            else:
                to_run.append(t)
        threads = []
        for t in to_run:
            def work(task=t):
                results[task.task_id] = run_task(dag, dag_run, task)
            thread = threading.Thread(target=work)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
        for t in to_run:
            states[t.task_id] = results[t.task_id]["state"]
        pending = [t for t in pending if t not in ready]
    asset_events = [{"task_id": t.task_id, "uri": o.uri} for t in dag.tasks if states[t.task_id] == "success" for o in t.outlets]
    state = "failed" if any(s in ("failed", "upstream_failed") for s in states.values()) else "success"
    return {**dag_run.describe(), "state": state, "tasks": results, "asset_events": asset_events}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["plan", "execute"])
    parser.add_argument("dag_file")
    parser.add_argument("--runs", type=int, default=0)
    parser.add_argument("--manual", action="append", default=[])
    parser.add_argument("--conf", default="{}")
    args = parser.parse_args()
    dag = load(args.dag_file)
    runs = scheduled_runs(dag, args.runs) + [manual_run(dag, m, json.loads(args.conf)) for m in args.manual]
    out = {"airflow": config.major(), "dag_id": dag.dag_id, "timetable": type(dag.timetable).__name__,
           "timetable_expression": dag.timetable.summary, "timetable_timezone": dag.timetable._timezone.name,
           "catchup": dag.catchup, "max_active_runs": dag.max_active_runs, "runs": []}
    for run in runs:
        if args.mode == "plan":
            out["runs"].append({**run.describe(), "tasks": [describe_task(dag, run, t) for t in dag.tasks]})
        else:
            out["runs"].append(execute(dag, run))
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
