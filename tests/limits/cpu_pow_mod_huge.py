# pow() with a huge exponent and a large modulus: the modular
# exponentiation is charged before it starts.
# limit: instructions
m = 7 ** 20000
print(pow(3, 10**5000, m))
