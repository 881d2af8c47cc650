"""The shift-change feature's messages in Chinese and English: drops, offers, swaps."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "shift.bad_day": (
            "“{text}”不是星期几。请写 周一…周日 或 mon…sun，例如 /shift drop 周三 晚上。",
            "\"{text}\" is not a day. Write mon…sun, e.g. /shift drop wed evening.",
        ),
        "shift.bad_slot": (
            "“{text}”不是班次。请写 {slots} 之一。",
            "\"{text}\" is not a slot. Write one of {slots}.",
        ),
        "shift.not_published": (
            "那一周的排班还没发布，没法退班或换班。请直接联系协调员。",
            "That week's roster is not published yet, so there is nothing to drop or swap. Talk to a coordinator.",
        ),
        "shift.not_yours": (
            "你在那个时段没有值班。用 /roster mine 看看自己的班。",
            "You have no shift in that slot. See your shifts with /roster mine.",
        ),
        "shift.past": ("那个班已经开始或结束了，不能再改。", "That shift has already started or ended, so it cannot be changed."),
        "shift.dropped": (
            "已退出 {shift}。正在依次询问：{names}。",
            "You are off {shift}. Asking in turn: {names}.",
        ),
        "shift.dropped_nobody": (
            "已退出 {shift}。目前没有人可以接，已通知协调员。",
            "You are off {shift}. Nobody can take it for now; the coordinators have been told.",
        ),
        "shift.gap_notice": (
            "⚠️ {name} 退出了 {shift}，暂时没有人可以接。",
            "⚠️ {name} dropped {shift} and nobody can take it for now.",
        ),
        "shift.offer": (
            "🙋 {name} 退出了 {shift}。你可以接这个班吗？先接先得。",
            "🙋 {name} dropped {shift}. Can you take it? First to accept gets it.",
        ),
        "shift.offer_part": (
            "🙋 {name} 退出了 {shift}。你说过那天能来 {hours}，你可以接这个班吗？接了就是这段时间。先接先得。",
            "🙋 {name} dropped {shift}. You said you can do {hours} that day; can you take it for those hours? "
            "First to accept gets it.",
        ),
        "shift.take_button": ("我来接", "I'll take it"),
        "shift.pass_button": ("这次不行", "Not this time"),
        "shift.taken": ("谢谢！{shift} 现在是你的班了。", "Thank you! {shift} is yours now."),
        "shift.taken_notice": ("✅ {name} 接了 {shift}。", "✅ {name} took {shift}."),
        "shift.offer_gone": ("{shift} 已经有人接了，谢谢你。", "{shift} has been taken by someone else; thank you."),
        "shift.passed": ("好的，已经问下一位了。", "All right, the next person is being asked."),
        "shift.passed_early": ("好的，这次不会再问你了。", "All right, you will not be asked this time."),
        "shift.offer_unknown": ("找不到这个邀请。请点消息里的按钮回复。", "That offer does not exist. Please answer with the buttons in the message."),
        "shift.offer_closed": ("这个邀请已经结束了，谢谢。", "That offer is closed; thank you."),
        "shift.offer_taken_by": (
            "谢谢！这个班已经由 {name} 在 {when} 接下了。",
            "Thank you! {name} already took this shift at {when}.",
        ),
        "shift.at_max_shifts": (
            "你这周已经有 {limit} 个班了，到了你每周的上限，所以不能再接这个班。",
            "You already have {limit} shifts this week, your weekly limit, so you cannot take this one.",
        ),
        "shift.already_that_day": (
            "你那天已经有班了，一天最多一个班。",
            "You already have a shift that day; it is one shift a day at most.",
        ),
        "shift.trainee_alone": (
            "你还在见习期，那个时段没有正式成员和你一起值班，所以不能接。请找带班的人一起，或联系协调员。",
            "You are still a trainee and nobody experienced is on that slot with you, so you cannot take it. "
            "Ask a mentor to join you, or talk to a coordinator.",
        ),
        "shift.other_trainee_alone": (
            "{name} 还在见习期，换过去那个时段就没有正式成员在了，请换一位。",
            "{name} is a trainee and would be on that slot without anyone experienced; ask someone else.",
        ),
        "shift.on_leave_then": (
            "你 {date} 请了假，所以不能接这个班。假期有变的话先用 /avail undo 撤销请假。",
            "You are on leave on {date}, so you cannot take this shift. If your plans changed, undo the leave first.",
        ),
        "shift.not_free_then": (
            "按你现在登记的时间，那个时段你没空，所以不能接。如果其实可以，请先更新时间，例如“周三晚上也可以”。",
            "Your times as they stand do not include that slot, so you cannot take it. If you can after all, update "
            "them first, e.g. \"Wednesday evenings too\".",
        ),
        "shift.slot_full": (
            "那个时段已经排满了，不用再接了，谢谢。",
            "That slot is already full, so there is nothing to take; thank you.",
        ),
        "shift.offer_withdrawn": (
            "这个班在重新排班时已经有人补上了，不用再接了，谢谢。",
            "The roster was rebuilt and someone now covers that shift, so there is nothing to take; thank you.",
        ),
        "shift.offer_withdrawn_notice": (
            "{shift} 在重新排班时已经有人补上了，之前的邀请取消，谢谢你。",
            "{shift} is covered in the rebuilt roster, so the earlier offer is withdrawn; thank you.",
        ),
        "shift.leave_gives_up": (
            "你请假的日子里有已发布的班，已经为你退出，正在找人接替：",
            "Your leave falls on published shifts; you are off them and others are being asked:",
        ),
        "shift.leave_notice": (
            "📋 {name} 请假，退出了已发布的班：",
            "📋 {name} is on leave and is off these published shifts:",
        ),
        "shift.leave_line_asking": ("· {shift}：正在依次询问 {names}", "· {shift}: asking in turn {names}"),
        "shift.leave_line_nobody": ("· {shift}：暂时没有人可以接", "· {shift}: nobody can take it for now"),
        "shift.swap_self": ("不能和自己换班。请写另一位成员的名字或工号。", "You cannot swap with yourself. Name another member."),
        "shift.other_on_leave": ("{name} 在 {date} 请假，不能接这个班，请换一位。", "{name} is on leave on {date} and cannot take it; ask someone else."),
        "shift.other_unavailable": (
            "{name} 没有登记那个时段有空，不能接这个班。请换一位，或请 TA 先更新自己的时间。",
            "{name} has not said they are free then, so they cannot take it. Ask someone else, or ask them to update their times first.",
        ),
        "shift.other_at_max_shifts": (
            "{name} 这周已经有 {limit} 个班了（每人每周上限），不能再接。",
            "{name} already has {limit} shifts this week (the weekly limit) and cannot take another.",
        ),
        "shift.other_busy": ("{name} 那天已经有班了，请换一位。", "{name} already has a shift that day; ask someone else."),
        "shift.swap_asked": (
            "已请 {name} 确认接你的 {shift}，TA 同意后才算换好。",
            "{name} has been asked to take your {shift}; it changes once they agree.",
        ),
        "shift.swap_request": (
            "🔄 {name} 想请你接 {shift}，可以吗？",
            "🔄 {name} asks you to take {shift}. Will you?",
        ),
        "shift.agree_button": ("同意", "Agree"),
        "shift.refuse_button": ("不方便", "Can't"),
        "shift.swap_done": ("已换好：{shift} 现在是 {name} 的班。", "Swapped: {shift} is now {name}'s."),
        "shift.swap_refused": ("{name} 这次不方便接 {shift}，你的班不变。", "{name} can't take {shift}; your shift stays."),
        "shift.swap_refused_ack": ("好的，已告诉 {name}。", "All right, {name} has been told."),
        "shift.swap_unknown": ("找不到这个换班请求。请点消息里的按钮回复。", "That swap request does not exist. Please answer with the buttons."),
        "shift.swap_closed": ("这个换班请求已经结束了。", "That swap request is closed."),
    }
)
