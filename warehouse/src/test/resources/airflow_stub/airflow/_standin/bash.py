"""BashOperator and SubprocessHook, ported from apache/airflow
providers/standard/src/airflow/providers/standard/operators/bash.py @ 1782d20e2d5cf9745566bf17f2f1ef87c5dbb198 and
providers/standard/src/airflow/providers/standard/hooks/subprocess.py @ 24b8b43b26d40fe4226ac88b2547c7407f7e2849
(Airflow 2's airflow/operators/bash.py behaves the same for an inline command).

`bash -c <command>` in a temporary folder, stderr merged into stdout, the last line returned (the XCom); an exit
code in skip_on_exit_code (default 99) raises AirflowSkipException, any other non-zero one AirflowException.
"""
import os
import shutil
import tempfile
from collections import namedtuple
from collections.abc import Container
from functools import cached_property
from subprocess import PIPE, STDOUT, Popen

from airflow._standin.models import BaseOperator
from airflow.exceptions import AirflowException, AirflowSkipException

SubprocessResult = namedtuple("SubprocessResult", ["exit_code", "output"])


class SubprocessHook:
    def __init__(self):
        self.sub_process = None
        self.log_lines = []

    def run_command(self, command, env=None, output_encoding="utf-8", cwd=None):
        with tempfile.TemporaryDirectory(prefix="airflowtmp") as tmp:
            self.sub_process = Popen(command, stdout=PIPE, stderr=STDOUT, cwd=cwd or tmp,
                                     env=env if env or env == {} else os.environ, start_new_session=True, restore_signals=True)
            line = ""
            for raw_line in iter(self.sub_process.stdout.readline, b""):
                line = raw_line.decode(output_encoding, errors="backslashreplace").rstrip()
                self.log_lines.append(line)
            self.sub_process.wait()
            return SubprocessResult(exit_code=self.sub_process.returncode, output=line)


class BashOperator(BaseOperator):
    template_fields = ("bash_command", "env", "cwd")
    _own_args = ("bash_command", "env", "append_env", "output_encoding", "skip_on_exit_code", "cwd")

    def __init__(self, **kwargs):
        kwargs = BaseOperator.with_defaults(kwargs, self._own_args + BaseOperator._base_args)
        bash_command = kwargs.pop("bash_command")
        env = kwargs.pop("env", None)
        self.append_env = kwargs.pop("append_env", False)
        self.output_encoding = kwargs.pop("output_encoding", "utf-8")
        skip_on_exit_code = kwargs.pop("skip_on_exit_code", 99)
        cwd = kwargs.pop("cwd", None)
        super().__init__(**kwargs)
        self.bash_command = bash_command
        self.env = env
        self.cwd = cwd
        self.skip_on_exit_code = (
            skip_on_exit_code if isinstance(skip_on_exit_code, Container)
            else [skip_on_exit_code] if skip_on_exit_code is not None else []
        )

    @cached_property
    def subprocess_hook(self):
        return SubprocessHook()

    def get_env(self, context):
        env = os.environ.copy() if self.env is None else ({**os.environ, **self.env} if self.append_env else dict(self.env))
        env.update(context.get("_airflow_ctx_env", {}))
        return env

    def execute(self, context):
        bash_path = shutil.which("bash") or "bash"
        result = self.subprocess_hook.run_command(command=[bash_path, "-c", self.bash_command], env=self.get_env(context),
                                                  output_encoding=self.output_encoding, cwd=self.cwd)
        if result.exit_code in self.skip_on_exit_code:
            raise AirflowSkipException(f"Bash command returned exit code {result.exit_code}. Skipping.")
        elif result.exit_code != 0:
            raise AirflowException(f"Bash command failed. The command returned a non-zero exit code {result.exit_code}.")
        return result.output
