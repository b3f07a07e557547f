#include "hil_board.h"
#include "hil_server.h"
#include "hil_stack.h"

int main(void)
{
    hil_stack_paint();
    hil_board_init();
    hil_server_init();
    for (;;) {
        hil_server_poll();
        hil_board_idle();
    }
}
