# sys.set_int_max_str_digits: judge solutions lift the limit with 0; other
# values must be 0 or at least sys.int_info.str_digits_check_threshold.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)


def attempt(label, f):
    try:
        r = f()
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r if not isinstance(r, str) else len(r))


big = 7 ** 6000  # 5071 digits
attempt("str default", lambda: str(big))
attempt("int default", lambda: int("9" * 4301))

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt("str unlimited", lambda: str(big))
attempt("repr unlimited", lambda: repr(-big))
attempt("int unlimited", lambda: int("9" * 4301) % 1000)
attempt("bytes unlimited", lambda: int(b"8" * 5000) % 1000)
attempt("format unlimited", lambda: format(big, ","))
attempt("fstring unlimited", lambda: f"{big:>6000d}")
attempt("percent unlimited", lambda: "%d" % big)
print(str(big)[:20], str(big)[-20:], sum(map(int, str(big))))
print(int(str(big)) == big)

sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
attempt("str 641", lambda: str(10 ** 640))
attempt("str 640", lambda: str(10 ** 639))
attempt("int 641", lambda: int("1" * 641))
attempt("int 640", lambda: int("1" * 640) % 7)
attempt("format 641", lambda: format(10 ** 640, "d"))
attempt("percent 641", lambda: "%d" % 10 ** 640)
attempt("percent float", lambda: "%d" % 1e300)
attempt("hex is exempt", lambda: hex(10 ** 700))
attempt("int base 16 is exempt", lambda: int("f" * 700, 16) % 1000)
attempt("int base 7", lambda: int("6" * 700, 7))

for bad in (5, -1, 639, 1.5, "5", True, 2 ** 70):
    attempt("set %r" % (bad,), lambda: sys.set_int_max_str_digits(bad))
print(sys.get_int_max_str_digits())
attempt("no args", lambda: sys.set_int_max_str_digits())
attempt("two args", lambda: sys.set_int_max_str_digits(1, 2))
attempt("bad keyword", lambda: sys.set_int_max_str_digits(x=1))
attempt("get with arg", lambda: sys.get_int_max_str_digits(1))
