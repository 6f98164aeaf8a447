"""Preloaded by the fork server of ``workers.process_pool``: the fork server dies with the process that
started it, and so (``die_with_parent`` again in each worker) does every worker forked from it."""

from china_iom.build.workers import die_with_parent

die_with_parent()
