def rate(done, total):
    return round(100 * done / total, 1)


rows = [("build", 10, 12), ("test", 7, 7), ("deploy", 0, 0)]
for name, done, total in rows:
    print(f"{name:<8}{rate(done, total):>6}%", "late" if done < total else "ok",
          "ratio", done / (total - done + 1), "remaining", total - done)
