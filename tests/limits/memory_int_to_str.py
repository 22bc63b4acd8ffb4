# str() of a 30-million-digit int: refused by CPython's own 4300-digit limit
# for decimal conversion, before any quadratic work starts.
# limit: none
# exit: 1
# expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
x = 1 << (10**8)
s = str(x)
