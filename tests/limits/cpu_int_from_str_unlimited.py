# With the digit limit lifted, int() of a nine-million-digit string is
# charged for its whole conversion before GMP starts.
# args: --max-instructions 100000000
# limit: instructions
import sys
sys.set_int_max_str_digits(0)
s = "7" * 9000000
n = int(s)
print(n % 10)
