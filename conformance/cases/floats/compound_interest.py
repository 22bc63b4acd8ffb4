# Compound interest and loan amortisation.
principal = 10000.0
rate = 0.05
for years in (1, 5, 10, 30):
    amount = principal * (1 + rate) ** years
    print(years, round(amount, 2), f"{amount:,.2f}")
monthly_rate = 0.06 / 12
months = 36
loan = 15000.0
payment = loan * monthly_rate / (1 - (1 + monthly_rate) ** -months)
print("payment", round(payment, 2))
balance = loan
for month in range(1, months + 1):
    interest = balance * monthly_rate
    balance = balance + interest - payment
    if month % 6 == 0:
        print(f"month {month:2d}: interest {interest:8.2f} balance {balance:10.2f}")
print("final balance is tiny:", abs(balance) < 1e-6)
