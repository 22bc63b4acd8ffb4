# strip() with 200,000 characters to remove from a 10**6-character string.
# args: --max-instructions 10000000
# limit: instructions
chars = ''.join(chr(i) for i in range(0x100, 0x100 + 200000))
s = chr(0x100) * 10**6
for i in range(10**6):
    s.strip(chars)
