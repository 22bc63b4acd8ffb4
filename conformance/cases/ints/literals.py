# Integer literal forms.
print(0, 00, 0_0, 1_000_000, 0b1010, 0B11, 0o17, 0O777, 0xff, 0XAB_CD)
print(0b_1111_0000, 0x_dead_beef, 1_2_3)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0b1, -0o10, -0x10)
print(type(10).__name__, type(10 ** 100).__name__)
print(1 if 0x10 == 16 else 0, 0o10 == 8, 0b100 == 4)
