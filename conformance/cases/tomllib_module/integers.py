import tomllib

doc = """
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
int7 = 53_49_221
int8 = 1_2_3_4_5
hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
big = 9223372036854775807
neg = -9223372036854775808
zero_pos = +0
zero_neg = -0
"""
for k, v in tomllib.loads(doc).items():
    print(k, v, type(v).__name__)
