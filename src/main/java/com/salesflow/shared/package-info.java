/** Types every feature uses: API errors, shared format rules, paging, time. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.salesflow.shared;
