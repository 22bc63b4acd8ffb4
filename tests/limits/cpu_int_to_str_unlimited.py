# With the digit limit lifted, str() of a huge int is charged for its whole
# conversion before GMP starts, so the instruction budget ends it.
# args: --max-instructions 100000000
# limit: instructions
import sys
sys.set_int_max_str_digits(0)
x = 3 ** 8000000  # about 3.8 million digits
s = str(x)
print(len(s))
