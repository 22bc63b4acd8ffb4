# contextlib's generator context managers keep the generator and the
# function that made it (.gen, .func, .args, .kwds, __wrapped__); a payload
# walks them to gi_frame/gi_code/__globals__, recreates the manager, asks
# for the file-system helper chdir (os.chdir in CPython) and the async
# managers (plain Python classes and functions, as the sync ones), reads the module's imports (sys, os, _collections_abc),
# redirect_stdout's private targets and ExitStack's callback deque, and
# throws a StopIteration into the generator through __exit__. Only the
# script's own objects may come back; frames, code, globals and the
# file-system helper stay out of reach.
# expect-output: cm.gen -> 'generator'
# expect-output: cm.func -> 'cm'
# expect-output: cm.args -> (5,)
# expect-output: cm.kwds -> {}
# expect-output: cm.gen.gi_frame AttributeError: 'gi_frame' is not available in the sandbox
# expect-output: cm.gen.gi_code AttributeError: 'gi_code' is not available in the sandbox
# expect-output: cm.__wrapped__ -> 'cm'
# expect-output: cm.__wrapped__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: cm._recreate_cm -> <contextlib._GeneratorContextManager object>
# expect-output: chdir AttributeError: 'contextlib.chdir' is not available in the sandbox
# expect-output: chdir call AttributeError: 'contextlib.chdir' is not available in the sandbox
# expect-output: AsyncExitStack -> <contextlib.AsyncExitStack object>
# expect-output: asynccontextmanager -> <function asynccontextmanager>
# expect-output: aclosing -> <class 'contextlib.aclosing'>
# expect-output: restore -> <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
# expect-output: redirect _new_target -> 1
# expect-output: redirect _stream -> 'stdout'
# expect-output: redirect_stderr __exit__ without enter IndexError: pop from empty list
# expect-output: suppress -> True
# expect-output: nullcontext -> 5
# expect-output: closing -> <class '_io.StringIO'>
# expect-output: contextlib.sys AttributeError: module 'contextlib' has no attribute 'sys'
# expect-output: contextlib.os AttributeError: module 'contextlib' has no attribute 'os'
# expect-output: contextlib._collections_abc AttributeError: module 'contextlib' has no attribute '_collections_abc'
# expect-output: contextlib.ContextDecorator -> <contextlib.ContextDecorator object>
# expect-output: contextlib.AbstractContextManager.__subclasshook__ -> NotImplemented
# expect-output: exitstack callback returns -> <built-in function print>
# expect-output: exitstack _exit_callbacks -> deque([(True, <function _BaseExitStack.callback.<locals>._exit_wrapper>)])
# expect-output: exitstack pop_all -> 'ExitStack'
# expect-output: finally ran
# expect-output: cm exit with hostile exc -> False
import contextlib
import io
import re
import sys


def t(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


@contextlib.contextmanager
def cm(x):
    yield x


c = cm(5)
t("cm.gen", lambda: type(c.gen).__name__)
t("cm.func", lambda: c.func.__name__)
t("cm.args", lambda: c.args)
t("cm.kwds", lambda: c.kwds)
t("cm.gen.gi_frame", lambda: c.gen.gi_frame)
t("cm.gen.gi_code", lambda: c.gen.gi_code)
t("cm.__wrapped__", lambda: cm.__wrapped__.__name__)
t("cm.__wrapped__.__globals__", lambda: cm.__wrapped__.__globals__)
t("cm._recreate_cm", lambda: c._recreate_cm())
t("chdir", lambda: contextlib.chdir)
t("chdir call", lambda: contextlib.chdir('/'))
t("AsyncExitStack", lambda: contextlib.AsyncExitStack())
t("asynccontextmanager", lambda: contextlib.asynccontextmanager)
t("aclosing", lambda: contextlib.aclosing)
t("redirect_stdout",
  lambda: (contextlib.redirect_stdout(io.StringIO()).__enter__(), sys.stdout.__class__.__name__))
t("restore", lambda: contextlib.redirect_stdout(sys.__stdout__).__enter__())
t("redirect _new_target", lambda: contextlib.redirect_stdout(1)._new_target)
t("redirect _stream", lambda: contextlib.redirect_stdout(1)._stream)
t("redirect_stderr __exit__ without enter",
  lambda: contextlib.redirect_stderr(1).__exit__(None, None, None))
t("suppress", lambda: contextlib.suppress(BaseException).__exit__(SystemExit, SystemExit(), None))
t("nullcontext", lambda: contextlib.nullcontext(5).__enter__())
t("closing", lambda: contextlib.closing(io.StringIO()).thing.__class__)
t("contextlib.sys", lambda: contextlib.sys)
t("contextlib.os", lambda: contextlib.os)
t("contextlib._collections_abc", lambda: contextlib._collections_abc)
t("contextlib.ContextDecorator", lambda: contextlib.ContextDecorator()._recreate_cm())
t("contextlib.AbstractContextManager.__subclasshook__",
  lambda: contextlib.AbstractContextManager.__subclasshook__(int))
with contextlib.ExitStack() as st:
    t("exitstack callback returns", lambda: st.callback(print, 'cb'))
    t("exitstack _exit_callbacks", lambda: st._exit_callbacks)
    t("exitstack pop_all", lambda: type(st.pop_all()).__name__)


def gen_cm():
    try:
        yield 1
    finally:
        print("finally ran")


g = contextlib.contextmanager(gen_cm)()
g.__enter__()
t("cm exit with hostile exc", lambda: g.__exit__(StopIteration, StopIteration('x'), None))
