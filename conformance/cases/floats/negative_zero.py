# Negative zero.
z = -0.0
print(z, repr(z), str(z), z == 0.0, z < 0.0, 0.0 == -0.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 * -1)
print(abs(-0.0), -(-0.0), 1 / float("-inf"), round(-0.4), round(-0.4, 1))
print(f"{-0.0:.2f}", format(-0.0, "g"), format(-0.0001, ".2f"))
print([-0.0, 0.0], (-0.0,), max(-0.0, 0.0), min(0.0, -0.0))
print(int(-0.0), float(-0), -0.0 // 1, -1e-300 * 1e-300)
print(divmod(-0.0, 1.0), -0.0 % 5, 0.0 % -5)
