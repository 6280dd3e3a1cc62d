"""The stand-in's "now": STANDIN_NOW (ISO 8601) when set, so a test's schedule never depends on the day it runs."""
import os

import pendulum


def utcnow():
    now = os.environ.get("STANDIN_NOW")
    return pendulum.parse(now).in_timezone("UTC") if now else pendulum.now("UTC")
