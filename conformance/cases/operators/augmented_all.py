# Augmented assignment with every operator on ints, floats, strings and lists.
x = 100
x += 5; print("+=", x)
x -= 15; print("-=", x)
x *= 3; print("*=", x)
x //= 7; print("//=", x)
x %= 10; print("%=", x)
x **= 4; print("**=", x)
x <<= 3; print("<<=", x)
x >>= 2; print(">>=", x)
x &= 0xF0; print("&=", x)
x |= 0x05; print("|=", x)
x ^= 0xFF; print("^=", x)
x /= 4; print("/=", x)
f = 2.5
f += 1; f *= 2; f -= 0.5; f /= 2; f //= 1; f %= 2; f **= 3
print("float", f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
same = lst
lst += [2]; lst *= 2
print(lst, same, lst is same)
t = (1,)
orig = t
t += (2,)
print(t, orig, t is orig)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
big = 2
big **= 100
big //= 3
print(big)
