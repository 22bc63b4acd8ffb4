import statistics as st

data = [10.1, 9.8, 10.3, 10.0, 9.9, 15.2, 10.2, 3.1, 10.1, 9.7]
mu, sd = st.mean(data), st.stdev(data)
q1, q2, q3 = st.quantiles(data, n=4)
iqr = q3 - q1
print(round(mu, 3), round(sd, 3), [round(q, 3) for q in (q1, q2, q3)])
print("z-outliers", [x for x in data if abs(x - mu) / sd > 2])
print("iqr-outliers", [x for x in data if x < q1 - 1.5 * iqr or x > q3 + 1.5 * iqr])
clean = [x for x in data if q1 - 1.5 * iqr <= x <= q3 + 1.5 * iqr]
print(round(st.mean(clean), 4), round(st.median(clean), 4), round(st.pstdev(clean), 4))
print(st.quantiles(data, n=10, method="inclusive")[:3], st.median_low(data), st.median_high(data))
