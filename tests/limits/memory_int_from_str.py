# int() of a million-digit string: refused by the same CPython limit.
# limit: none
# exit: 1
# expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit
x = int("9" * 10**6)
