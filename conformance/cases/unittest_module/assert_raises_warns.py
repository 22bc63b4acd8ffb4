# assertRaises / assertRaisesRegex / assertWarns / assertWarnsRegex, as
# context managers and with a callable, and their failure messages.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, fn):
    try:
        fn()
    except AssertionError as e:
        print(label, "AssertionError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "ok")


def raiser(exc):
    raise exc


def no_raise():
    pass


with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
attempt("callable", lambda: t.assertRaises(KeyError, raiser, KeyError("k")))
attempt("not raised", lambda: t.assertRaises(KeyError, no_raise))
attempt("not raised lambda", lambda: t.assertRaises(KeyError, lambda: None))
attempt("tuple", lambda: t.assertRaises((KeyError, ValueError), raiser, ValueError()))


def ctx_not_raised():
    with t.assertRaises(ZeroDivisionError):
        pass


attempt("ctx not raised", ctx_not_raised)


def ctx_msg():
    with t.assertRaises(ZeroDivisionError, msg="custom"):
        pass


attempt("ctx msg", ctx_msg)


def ctx_other():
    with t.assertRaises(ZeroDivisionError):
        raise TypeError("other")


attempt("other exception passes through", ctx_other)
attempt("bad type", lambda: t.assertRaises(int, no_raise))
attempt("bad kw", lambda: t.assertRaises(ValueError, foo=1))
attempt("regex ok", lambda: t.assertRaisesRegex(ValueError, "inv.lid", int, "x"))
attempt("regex mismatch", lambda: t.assertRaisesRegex(ValueError, "^nope", int, "x"))


def ctx_regex():
    with t.assertRaisesRegex(KeyError, r"\d+"):
        raise KeyError("abc")


attempt("ctx regex", ctx_regex)
attempt("tuple name", lambda: t.assertRaises((KeyError, ValueError), no_raise))


def warn_now(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with t.assertWarns(UserWarning) as cm:
    warn_now("first")
print(type(cm.warning).__name__, cm.warning, cm.lineno)
attempt("warn callable", lambda: t.assertWarns(DeprecationWarning, warn_now, "d",
                                               DeprecationWarning))
attempt("warn not triggered", lambda: t.assertWarns(UserWarning, no_raise))


def ctx_warn_none():
    with t.assertWarns(RuntimeWarning):
        pass


attempt("ctx warn none", ctx_warn_none)
attempt("warn regex ok", lambda: t.assertWarnsRegex(UserWarning, "sec", warn_now, "second"))
attempt("warn regex bad", lambda: t.assertWarnsRegex(UserWarning, "zzz", warn_now, "second"))
attempt("warn wrong type", lambda: t.assertWarns(ValueError, no_raise))
attempt("warn other category", lambda: t.assertWarns(DeprecationWarning, warn_now, "u"))
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
print([str(w.message) for w in seen], [w.category.__name__ for w in seen])
