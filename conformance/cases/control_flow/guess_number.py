# A deterministic "guess the number" game played by a bisection strategy.
def play(secret, low=1, high=100):
    attempts = 0
    while True:
        guess = (low + high) // 2
        attempts += 1
        if guess < secret:
            print(f"  {guess}: too low")
            low = guess + 1
        elif guess > secret:
            print(f"  {guess}: too high")
            high = guess - 1
        else:
            print(f"  {guess}: correct after {attempts}")
            return attempts


total = 0
for secret in (1, 37, 50, 99, 100):
    print("secret", secret)
    total += play(secret)
print("total attempts", total)
