# Exception objects as data carriers: BaseException.__setstate__ with a
# state naming __class__ or __traceback__, non-dict states, __notes__
# replaced by a str, a generator or non-str items and then formatted by
# traceback, add_note with a str subclass whose __str__ raises, OSError's
# errno-to-subclass mapping and filename fields, the Unicode errors with
# start/end far outside their object (their __str__ indexes it), and the
# exception slots assigned values of the wrong type. Each must give
# CPython's answer or its TypeError; no formatter may index past an
# object or follow a non-exception link.
# expect-output: setstate dict keys TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: setstate non-dict TypeError: state is not a dictionary
# expect-output: setstate None -> None
# expect-output: notes str formatted -> ['t\n']
# expect-output: notes non-str items -> ["b'bytes'\n", '5\n', 'None\n']
# expect-output: add_note str subclass -> (None, ["KeyError: 'k'\n", '<note str() failed>\n'])
# expect-output: add_note non-str TypeError: note must be a str, not 'int'
# expect-output: notes generator -> ["KeyError: 'k'\n", '<generator object <genexpr>>']
# expect-output: add_note onto a generator TypeError: Cannot add note: __notes__ is not a list
# expect-output: OSError filename fields -> (2, 'No such file', '/etc/passwd', 'FileNotFoundError')
# expect-output: OSError winerror -> none
# expect-output: OSError subclass by errno -> PermissionError
# expect-output: OSError characters_written -> 5
# expect-output: StopIteration value -> 1
# expect-output: SystemExit code -> <built-in function print>
# expect-output: ImportError name path -> /bin/sh
# expect-output: ImportError msg -> x
# expect-output: SyntaxError fields -> text
# expect-output: UnicodeDecodeError object -> b'\xff'
# expect-output: UnicodeDecodeError huge end -> 'utf-8' codec can't decode bytes in position 0-999999999: bad
# expect-output: UnicodeEncodeError neg start -> 'ascii' codec can't encode characters in position -5-0: bad
# expect-output: UnicodeTranslateError -> can't translate characters in position 0-4611686018427387903: bad
# expect-output: BaseException.__new__ args -> (1, 2)
# expect-output: BaseException.__init__ on other -> None
# expect-output: exception with_traceback non-tb TypeError: __traceback__ must be a traceback or None
# expect-output: __traceback__ assign int TypeError: __traceback__ must be a traceback or None
# expect-output: __context__ assign int TypeError: exception context must be None or derive from BaseException
# expect-output: __cause__ assign class TypeError: exception cause must be None or derive from BaseException
# expect-output: __suppress_context__ assign str TypeError: attribute value type must be bool
import re
import traceback


def t(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + str(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


e = ValueError("x")
t("setstate dict keys",
  lambda: (e.__setstate__({'__class__': KeyError, '__traceback__': 5, 'custom': 1}),
           type(e).__name__, e.custom))
t("setstate non-dict", lambda: e.__setstate__([1]))
t("setstate None", lambda: e.__setstate__(None))
e2 = KeyError("k")
e2.__notes__ = "not a list"
t("notes str formatted", lambda: traceback.format_exception(e2)[-1:])
e2.__notes__ = [b"bytes", 5, None]
t("notes non-str items", lambda: traceback.format_exception(e2)[-3:])


class BadNote(str):
    def __str__(self):
        raise RuntimeError("note str")


e3 = KeyError("k")
t("add_note str subclass", lambda: (e3.add_note(BadNote("n")), traceback.format_exception_only(e3)))
t("add_note non-str", lambda: e3.add_note(5))
e4 = KeyError("k")
e4.__notes__ = (x for x in ["gen"])
t("notes generator", lambda: traceback.format_exception_only(e4))
t("add_note onto a generator", lambda: e4.add_note("x"))
e5 = OSError(2, "No such file", "/etc/passwd")
t("OSError filename fields", lambda: (e5.errno, e5.strerror, e5.filename, type(e5).__name__))
t("OSError winerror", lambda: e5.winerror if hasattr(e5, 'winerror') else 'none')
t("OSError subclass by errno", lambda: type(OSError(13, "x")).__name__)
t("OSError characters_written", lambda: BlockingIOError(11, "x", 5).characters_written)
t("StopIteration value", lambda: StopIteration(1, 2).value)
t("SystemExit code", lambda: SystemExit(print).code)
t("ImportError name path", lambda: (ImportError("x", name="os", path="/bin/sh").path))
t("ImportError msg", lambda: ImportError("x", name="os").msg)
t("SyntaxError fields", lambda: SyntaxError("m", ("f.py", 1, 2, "text", 1, 3)).text)
t("UnicodeDecodeError object",
  lambda: UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "bad").object)
t("UnicodeDecodeError huge end", lambda: str(UnicodeDecodeError("utf-8", b"\xff", 0, 10**9, "bad")))
t("UnicodeEncodeError neg start", lambda: str(UnicodeEncodeError("ascii", "é", -5, 1, "bad")))
t("UnicodeTranslateError", lambda: str(UnicodeTranslateError("é", 0, 2**62, "bad")))
t("BaseException.__new__ args", lambda: BaseException.__new__(ValueError, 1, 2).args)
t("BaseException.__init__ on other", lambda: BaseException.__init__(KeyError(), 1, 2))
t("exception with_traceback non-tb", lambda: ValueError().with_traceback(5))
t("__traceback__ assign int", lambda: setattr(ValueError(), '__traceback__', 5))
t("__context__ assign int", lambda: setattr(ValueError(), '__context__', 5))
t("__cause__ assign class", lambda: setattr(ValueError(), '__cause__', ValueError))
t("__suppress_context__ assign str",
  lambda: (x := ValueError(), setattr(x, '__suppress_context__', 'yes'), x.__suppress_context__)[2])
