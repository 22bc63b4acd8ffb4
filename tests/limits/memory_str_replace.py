# str.replace that multiplies a long string's length by a thousand.
# limit: memory
s = 'a' * 10**6
x = s.replace('a', 'b' * 1000)
