from dataclasses import dataclass
from math import ceil, sqrt


@dataclass
class Item:
    sku: str
    on_hand: int
    daily_demand: float
    lead_days: int
    order_cost: float
    unit_cost: float
    holding_rate: float = 0.25

    @property
    def safety_stock(self):
        return ceil(1.65 * sqrt(self.lead_days) * self.daily_demand * 0.3)

    @property
    def reorder_point(self):
        return ceil(self.daily_demand * self.lead_days) + self.safety_stock

    @property
    def eoq(self):
        annual = self.daily_demand * 365
        return ceil(sqrt(2 * annual * self.order_cost / (self.unit_cost * self.holding_rate)))

    @property
    def days_left(self):
        return self.on_hand / self.daily_demand if self.daily_demand else float("inf")


items = [Item("BOLT-M6", 420, 35, 7, 25, 0.08), Item("NUT-M6", 1500, 40, 7, 25, 0.03),
         Item("PANEL-A", 12, 3.5, 21, 120, 45.0), Item("GLUE-1L", 60, 2, 14, 40, 6.5),
         Item("RARE-X", 1, 0, 60, 500, 900.0)]
print(f"{'sku':<9}{'on hand':>8}{'ROP':>6}{'safety':>7}{'EOQ':>6}{'days':>7}  action")
for it in sorted(items, key=lambda i: i.days_left):
    action = f"ORDER {it.eoq}" if it.on_hand <= it.reorder_point else "ok"
    days = "inf" if it.days_left == float("inf") else f"{it.days_left:.1f}"
    print(f"{it.sku:<9}{it.on_hand:>8}{it.reorder_point:>6}{it.safety_stock:>7}{it.eoq:>6}{days:>7}  {action}")
spend = sum(it.eoq * it.unit_cost for it in items if it.on_hand <= it.reorder_point)
print(f"planned spend: {spend:,.2f}")
