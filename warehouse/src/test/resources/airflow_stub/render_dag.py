"""Loads a DAG file against the Airflow stand-in and prints its tasks, commands rendered for one interval, as JSON."""
import importlib.util
import json
import shlex
import sys
import types

# pendulum is Airflow's dependency; the stand-in only needs its datetime().
pendulum = types.ModuleType("pendulum")
pendulum.datetime = lambda *a, **k: ("datetime", a, tuple(sorted(k.items())))
sys.modules["pendulum"] = pendulum

dag_file, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
spec = importlib.util.spec_from_file_location("dag_under_test", dag_file)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)

import airflow  # noqa: E402  the stand-in, on PYTHONPATH

out = []
for dag in airflow.DAGS:
    for task in dag.tasks:
        command = task.bash_command.replace("{{ data_interval_start }}", start).replace("{{ data_interval_end }}", end)
        for key, value in dag.params.items():
            command = command.replace("{{ params.%s }}" % key, value)
        if "{{" in command:
            raise SystemExit(f"unrendered template in {task.task_id}: {command}")
        out.append({"dag": dag.dag_id, "task": task.task_id, "argv": shlex.split(command), "downstream": task.downstream,
                    "max_active_runs": dag.kwargs.get("max_active_runs"), "retries": dag.kwargs.get("default_args", {}).get("retries"),
                    "skip_on_exit_code": dag.kwargs.get("default_args", {}).get("skip_on_exit_code")})
print(json.dumps(out, ensure_ascii=False))
