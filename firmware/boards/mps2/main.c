#include "hil_board.h"
#include "hil_protocol.h"
#include "hil_stack.h"

int main(void)
{
    hil_stack_paint();
    hil_board_init();
    hil_protocol_init();
    for (;;) {
        hil_protocol_poll();
        hil_board_idle();
    }
}
