# decimal contexts and logging's registries take settings from the script:
# a precision past any int64 or zero, a rounding name that is not one, a
# traps list of non-signals, exponents of nineteen digits, digit tuples
# with non-digits, localcontext of a non-context, a 100,000-digit format;
# logger names like '..' and non-str, setLoggerClass(int), records whose
# args are a mapping or too short, a level number past int64, unknown
# level names; hmac.compare_digest of non-ASCII and mixed types. Each must
# give CPython's answer or its exception.
# expect-output: decimal Context prec huge OverflowError: Python int too large to convert to C ssize_t
# expect-output: decimal Context prec 0 ValueError: valid range for prec is [1, MAX_PREC]
# expect-output: decimal Context rounding bad TypeError: valid values for rounding are:
# expect-output:   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
# expect-output:    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
# expect-output:    ROUND_05UP]
# expect-output: decimal Context traps list KeyError: 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]'
# expect-output: decimal Decimal huge exp str -> Decimal('1E+999999999999999999')
# expect-output: decimal Decimal tuple bad ValueError: coefficient must be a tuple of digits
# expect-output: decimal localcontext non-ctx TypeError: optional argument must be a context
# expect-output: decimal format huge precision -> 100002
# expect-output: logging getLogger dots -> '..'
# expect-output: logging getLogger non-str TypeError: A logger name must be a string
# expect-output: logging setLoggerClass non-Logger TypeError: logger not derived from logging.Logger: int
# expect-output: logging makeLogRecord dict TypeError: format requires a mapping
# expect-output: logging record args mapping TypeError: not enough arguments for format string
# expect-output: logging addLevelName huge -> (None, 'HUGE')
# expect-output: logging level str unknown ValueError: Unknown level: 'NOPE'
# expect-output: hmac compare_digest str subclass -> True
# expect-output: hmac compare_digest non-ascii TypeError: comparing strings with non-ASCII characters is not supported
# expect-output: hmac compare_digest mixed TypeError: a bytes-like object is required, not 'str'
import decimal
import hmac
import logging


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("decimal Context prec huge", lambda: decimal.Context(prec=2**70))
t("decimal Context prec 0", lambda: decimal.Context(prec=0))
t("decimal Context rounding bad", lambda: decimal.Context(rounding="UP"))
t("decimal Context traps list", lambda: decimal.Context(traps=[ValueError]))
t("decimal Decimal huge exp str", lambda: decimal.Decimal("1e999999999999999999"))
t("decimal Decimal tuple bad", lambda: decimal.Decimal((0, (1, 20), 0)))
t("decimal localcontext non-ctx", lambda: decimal.localcontext(5).__enter__())
t("decimal format huge precision", lambda: len(format(decimal.Decimal(1), ".100000f")))
t("logging getLogger dots", lambda: logging.getLogger("..").name)
t("logging getLogger non-str", lambda: logging.getLogger(5))
t("logging setLoggerClass non-Logger", lambda: logging.setLoggerClass(int))
t("logging makeLogRecord dict",
  lambda: logging.makeLogRecord({"msg": "%(a)s", "args": ({"a": 1},)}).getMessage())
t("logging record args mapping",
  lambda: logging.makeLogRecord({"msg": "%s %s", "args": (1,)}).getMessage())
t("logging addLevelName huge",
  lambda: (logging.addLevelName(2**70, "HUGE"), logging.getLevelName(2**70)))
t("logging level str unknown", lambda: logging.getLogger("q").setLevel("NOPE"))
t("hmac compare_digest str subclass", lambda: hmac.compare_digest("a", "a"))
t("hmac compare_digest non-ascii", lambda: hmac.compare_digest("é", "é"))
t("hmac compare_digest mixed", lambda: hmac.compare_digest("a", b"a"))
