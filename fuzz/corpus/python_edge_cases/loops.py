def f(n, m):
    total = 0
    for i in range(n):
        while m > 0:
            m -= 1
            if m % 2: continue
            total += i
    return total
