/* Benchmark reference: libmodbus RTU round trips per second, 16 input
   registers per request, against the same simulator. */
#include <modbus.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_libmodbus PORT [SECONDS]\n");
        return 2;
    }
    const double seconds = argc > 2 ? atof(argv[2]) : 3.0;
    modbus_t *ctx = modbus_new_rtu(argv[1], 115200, 'N', 8, 1);
    if (!ctx || modbus_set_slave(ctx, 1) != 0 || modbus_connect(ctx) != 0) {
        fprintf(stderr, "libmodbus: cannot open %s: %s\n", argv[1], modbus_strerror(errno));
        return 3;
    }
    modbus_set_response_timeout(ctx, 0, 500000);
    uint16_t regs[16];
    unsigned long ok = 0, failed = 0;
    const double start = now();
    double t;
    while ((t = now()) - start < seconds) {
        if (modbus_read_input_registers(ctx, 0, 16, regs) == 16)
            ++ok;
        else
            ++failed;
    }
    printf("libmodbus %.0f /s (%lu ok, %lu failed)\n", ok / (t - start), ok, failed);
    modbus_close(ctx);
    modbus_free(ctx);
    return failed ? 1 : 0;
}
