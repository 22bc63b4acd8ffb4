def sir(population, infected, beta, gamma, days):
    s, i, r = population - infected, infected, 0.0
    history = []
    for day in range(days + 1):
        history.append((day, s, i, r))
        new_inf = beta * s * i / population
        new_rec = gamma * i
        s, i, r = s - new_inf, i + new_inf - new_rec, r + new_rec
    return history


hist = sir(10_000, 10, beta=0.3, gamma=0.1, days=120)
peak = max(hist, key=lambda h: h[2])
print(f"peak on day {peak[0]} with {peak[2]:,.0f} infected")
for day, s, i, r in hist[::15]:
    bar = "#" * int(i / 10_000 * 60)
    print(f"day {day:>3} S={s:>8,.0f} I={i:>7,.0f} R={r:>8,.0f} {bar}")
final = hist[-1]
print(f"total ever infected: {final[3] + final[2]:,.1f} ({(final[3] + final[2]) / 10_000:.1%})")
for beta in (0.15, 0.2, 0.5):
    h = sir(10_000, 10, beta, 0.1, 200)
    print(f"R0={beta / 0.1:.1f} peak={max(x[2] for x in h):>8,.0f} attack={h[-1][3] / 10_000:.1%}")
