import random

rng = random.Random(17)
prices = [100.0]
for _ in range(59):
    prices.append(round(prices[-1] * (1 + rng.gauss(0.001, 0.02)), 2))


def sma(xs, n):
    return [None if i + 1 < n else round(sum(xs[i + 1 - n:i + 1]) / n, 3) for i in range(len(xs))]


fast, slow = sma(prices, 5), sma(prices, 20)
cash, shares, trades = 1000.0, 0, []
for i in range(1, len(prices)):
    if None in (fast[i - 1], slow[i - 1]):
        continue
    crossed_up = fast[i - 1] <= slow[i - 1] and fast[i] > slow[i]
    crossed_down = fast[i - 1] >= slow[i - 1] and fast[i] < slow[i]
    if crossed_up and cash >= prices[i]:
        shares = int(cash // prices[i])
        cash -= shares * prices[i]
        trades.append((i, "BUY", shares, prices[i]))
    elif crossed_down and shares:
        cash += shares * prices[i]
        trades.append((i, "SELL", shares, prices[i]))
        shares = 0
for t in trades:
    print(f"day {t[0]:>2} {t[1]:<4} {t[2]:>3} @ {t[3]:.2f}")
final = cash + shares * prices[-1]
print(f"final value {final:.2f} vs buy&hold {1000 / prices[0] * prices[-1]:.2f}")
print(prices[:5], max(prices), min(prices))
