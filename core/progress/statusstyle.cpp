#include "core/progress/statusstyle.h"

namespace zhibiao {

using namespace Qt::StringLiterals;

StatusStyle StatusStyle::of(Status status)
{
    switch (status) {
    case Status::Achieved:
        return {QColor(0x00, 0x9E, 0x73), QColor(0x00, 0x5C, 0x43), QColor(0xE3, 0xF4, 0xEE), u"✔"_s};
    case Status::OnTrack:
        return {QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x4F, 0x7C), QColor(0xE1, 0xEE, 0xF6), u"●"_s};
    case Status::NoData:
        return {QColor(0x8C, 0x8C, 0x8C), QColor(0x4A, 0x4A, 0x4A), QColor(0xEE, 0xEE, 0xEE), u"○"_s};
    case Status::Behind:
        return {QColor(0xD5, 0x5E, 0x00), QColor(0x9A, 0x3A, 0x00), QColor(0xFB, 0xEB, 0xDF), u"▲"_s};
    case Status::Missed:
        return {QColor(0xC0, 0x39, 0x2B), QColor(0x8E, 0x1B, 0x10), QColor(0xF8, 0xE1, 0xDE), u"✖"_s};
    }
    return {};
}

QString StatusStyle::label(Status status)
{
    return of(status).symbol + u' ' + statusText(status);
}

} // namespace zhibiao
