# With the digit limit lifted, format() with grouping of a huge int is
# charged for its conversion before GMP starts.
# args: --max-instructions 100000000
# limit: instructions
import sys
sys.set_int_max_str_digits(0)
x = 3 ** 8000000  # about 3.8 million digits
s = f"{x:,}"
print(len(s))
