def pid(kp, ki, kd, setpoint):
    integral = 0.0
    prev_error = None
    output = 0.0
    while True:
        measurement = yield output
        if measurement is None:
            continue
        error = setpoint - measurement
        integral += error
        derivative = 0.0 if prev_error is None else error - prev_error
        prev_error = error
        output = kp * error + ki * integral + kd * derivative


def simulate(steps=15):
    ctrl = pid(0.6, 0.1, 0.05, setpoint=20.0)
    next(ctrl)
    temp = 10.0
    history = []
    for t in range(steps):
        power = ctrl.send(temp)
        power = max(0.0, min(power, 5.0))
        temp += 0.8 * power - 0.1 * (temp - 10.0)
        history.append((t, round(power, 3), round(temp, 3)))
    ctrl.close()
    return history


for t, power, temp in simulate():
    print(f"t={t:>2} power={power:>5.3f} temp={temp:>7.3f} {'#' * int(temp)}")
