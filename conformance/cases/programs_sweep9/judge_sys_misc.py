import sys
sys.setrecursionlimit(10000)
sys.set_int_max_str_digits(10000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(5000))
import math
print(len(str(math.factorial(3000))), sys.get_int_max_str_digits())
print(sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 8), sys.float_info.max, sys.float_info.epsilon)
print(sys.getrecursionlimit(), type(sys.argv), sys.hexversion >= 0x30B0000, sys.int_info.bits_per_digit)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.maxunicode, sys.implementation.name if False else "")
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), file=sys.stderr if False else sys.stdout)
sys.stdout.flush()
print(sys.stdin.read(), repr(sys.stdin.readline()))
