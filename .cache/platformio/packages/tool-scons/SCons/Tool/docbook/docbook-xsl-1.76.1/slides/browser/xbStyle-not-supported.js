/*
 * xbStyle-not-supported.js
 * $Revision: 1.2 $ $Date: 2003/02/07 16:04:22 $
 */

/* ***** BEGIN LICENSE BLOCK *****
 * Version: MPL 1.1/GPL 2.0/LGPL 2.1
 *
 * The contents of this file are subject to the Mozilla Public License Version
 * 1.1 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 * http://www.mozilla.org/MPL/
 *
 * Software distributed under the License is distributed on an "AS IS" basis,
 * WITHOUT WARRANTY OF ANY KIND, either express or implied. See the License
 * for the specific language governing rights and limitations under the
 * License.
 *
 * The Original Code is Netscape code.
 *
 * The Initial Developer of the Original Code is
 * Netscape Corporation.
 * Portions created by the Initial Developer are Copyright (C) 2001
 * the Initial Developer. All Rights Reserved.
 *
 * Contributor(s): Bob Clary <bclary@netscape.com>
 *
 * ***** END LICENSE BLOCK ***** */

xbStyle.prototype.toString           = xbStyleNotSupported;
xbStyle.prototype.getClip            = xbStyleNotSupported;
xbStyle.prototype.setClip            = xbStyleNotSupported;
xbStyle.prototype.getClipTop         = xbStyleNotSupported;
xbStyle.prototype.setClipTop         = xbStyleNotSupported;
xbStyle.prototype.getClipRight       = xbStyleNotSupported;
xbStyle.prototype.setClipRight       = xbStyleNotSupported;
xbStyle.prototype.getClipBottom      = xbStyleNotSupported;
xbStyle.prototype.setClipBottom      = xbStyleNotSupported;
xbStyle.prototype.getClipLeft        = xbStyleNotSupported;
xbStyle.prototype.setClipLeft        = xbStyleNotSupported;
xbStyle.prototype.getClipWidth       = xbStyleNotSupported;
xbStyle.prototype.setClipWidth       = xbStyleNotSupported;
xbStyle.prototype.getClipHeight      = xbStyleNotSupported;
xbStyle.prototype.setClipHeight      = xbStyleNotSupported;
xbStyle.prototype.getLeft            = xbStyleNotSupported;
xbStyle.prototype.setLeft            = xbStyleNotSupported;
xbStyle.prototype.getTop             = xbStyleNotSupported;
xbStyle.prototype.setTop             = xbStyleNotSupported;
xbStyle.prototype.getVisibility      = xbStyleNotSupported;
xbStyle.prototype.setVisibility      = xbStyleNotSupported;
xbStyle.prototype.getzIndex          = xbStyleNotSupported;
xbStyle.prototype.setzIndex          = xbStyleNotSupported;
xbStyle.prototype.getHeight          = xbStyleNotSupported;
xbStyle.prototype.setHeight          = xbStyleNotSupported;
xbStyle.prototype.getWidth           = xbStyleNotSupported;
xbStyle.prototype.setWidth           = xbStyleNotSupported;
xbStyle.prototype.getBackgroundColor = xbStyleNotSupported;
xbStyle.prototype.setBackgroundColor = xbStyleNotSupported;
xbStyle.prototype.getColor           = xbStyleNotSupported;
xbStyle.prototype.setColor           = xbStyleNotSupported;
xbStyle.prototype.setInnerHTML       = xbStyleNotSupported;
xbStyle.prototype.getBorderTopWidth    = xbStyleNotSupported;
xbStyle.prototype.getBorderRightWidth  = xbStyleNotSupported;
xbStyle.prototype.getBorderBottomWidth = xbStyleNotSupported;
xbStyle.prototype.getBorderLeftWidth   = xbStyleNotSupported;
xbStyle.prototype.getMarginLeft        = xbStyleNotSupported;
xbStyle.prototype.getMarginTop         = xbStyleNotSupported;
xbStyle.prototype.getMarginRight       = xbStyleNotSupported;
xbStyle.prototype.getMarginBottom      = xbStyleNotSupported;
xbStyle.prototype.getMarginLeft        = xbStyleNotSupported;
xbStyle.prototype.getPaddingTop        = xbStyleNotSupported;
xbStyle.prototype.getPaddingRight      = xbStyleNotSupported;
xbStyle.prototype.getPaddingBottom     = xbStyleNotSupported;
xbStyle.prototype.getPaddingLeft       = xbStyleNotSupported;
xbStyle.prototype.getClientWidth       = xbStyleNotSupported;
xbStyle.prototype.getClientHeight      = xbStyleNotSupported;

