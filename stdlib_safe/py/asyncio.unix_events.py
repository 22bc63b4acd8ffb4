"""asyncio.unix_events, as CPython's submodule: the default event loop class
and policy (no selector, no child watcher: see the package's docstring).
"""

from asyncio.events import BaseDefaultEventLoopPolicy
from asyncio.base_events import BaseEventLoop


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop: BaseEventLoop itself (there is no selector)."""


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def get_child_watcher(self):
        raise AttributeError("'policy.get_child_watcher' is not available in the sandbox")

    def set_child_watcher(self, watcher):
        raise AttributeError("'policy.set_child_watcher' is not available in the sandbox")


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
