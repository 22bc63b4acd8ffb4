from decimal import Decimal

ledger = [("2024-03-01", "opening", Decimal("1000.00")), ("2024-03-02", "coffee", Decimal("-4.50")),
          ("2024-03-03", "salary", Decimal("2500.00")), ("2024-03-05", "rent", Decimal("-1200.00")),
          ("2024-03-07", "refund", Decimal("15.25"))]
bank = [("2024-03-02", Decimal("-4.50")), ("2024-03-03", Decimal("2500.00")), ("2024-03-06", Decimal("-1200.00")),
        ("2024-03-08", Decimal("-9.99"))]
unmatched_bank = list(bank)
matched, missing = [], []
for d, desc, amt in ledger[1:]:
    hit = next((b for b in unmatched_bank if b[1] == amt), None)
    if hit:
        unmatched_bank.remove(hit)
        matched.append((desc, amt, "same day" if hit[0] == d else f"bank {hit[0]}"))
    else:
        missing.append((desc, amt))
print("matched:")
for m in matched:
    print(f"  {m[0]:<8}{m[1]:>10}  {m[2]}")
print("in ledger only:", missing)
print("in bank only:", unmatched_bank)
ledger_bal = sum(a for *_, a in ledger)
bank_bal = ledger[0][2] + sum(a for _, a in bank)
print(ledger_bal, bank_bal, ledger_bal - bank_bal)
