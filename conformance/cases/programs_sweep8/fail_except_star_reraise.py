def job(n):
    if n % 2: raise ValueError(f"odd {n}")
    raise KeyError(n)
errs = []
for i in range(4):
    try: job(i)
    except Exception as e: errs.append(e)
try:
    raise ExceptionGroup("jobs", errs)
except* ValueError as g:
    print("handled", len(g.exceptions))
