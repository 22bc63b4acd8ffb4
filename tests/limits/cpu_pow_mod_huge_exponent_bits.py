# pow(base, exp, mod) with an exponent of 332,000 bits and a 5,000-digit
# modulus: the square-and-multiply work (one modular multiplication per
# bit) is charged up front, so the call ends at the instruction limit
# without running for minutes.
# limit: instructions
print(pow(3, 10 ** 100000, 10 ** 5000 + 7))
