class 订单:
    def __init__(self):
        self.数量 = 1


o = 订单()
print(o.数量 + o.价格)
